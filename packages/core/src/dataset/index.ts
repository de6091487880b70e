export { type CompileResult, compileDataset } from "./compile.js";
export { CURATED_DATA_DIR, dataDir } from "./data-dir.js";
export { DataCheckError, type DataError, type DataErrorCode, formatDataError } from "./errors.js";
export { classifyFile, type DataFile } from "./layout.js";
export { closestPassage, locateQuote, type QuoteLocation } from "./quotes.js";
export { readDataFolder } from "./read-folder.js";
