export { type CompileResult, compileDataset } from "./compile.js";
export { type DataError, type DataErrorCode, DataCheckError, formatDataError } from "./errors.js";
export { type DataFile, classifyFile } from "./layout.js";
export { closestPassage, locateQuote, type QuoteLocation } from "./quotes.js";
export { readDataFolder } from "./read-folder.js";
