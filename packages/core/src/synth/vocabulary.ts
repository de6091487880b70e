import type { SpeechAct } from "../schemas/speech-acts.js";
import type { EventType } from "../schemas/taxonomy.js";

// made-up names, so nothing synthetic is ever mistaken for a report about real people or places

export const COUNTRIES = [
  ["Valdoria", "Valdorian"],
  ["Kestria", "Kestrian"],
  ["Moravel", "Moravelian"],
  ["Tessaly", "Tessalian"],
  ["Orvane", "Orvanian"],
  ["Brisca", "Brascan"],
  ["Caldera", "Calderan"],
  ["Dunmore", "Dunmorish"],
  ["Elbaria", "Elbarian"],
  ["Frostavia", "Frostavian"],
  ["Galmund", "Galmundian"],
  ["Hesperia", "Hesperian"],
  ["Istrava", "Istravan"],
  ["Jorvik", "Jorvikan"],
  ["Korelia", "Korelian"],
  ["Lunaria", "Lunarian"],
  ["Marenth", "Marenthian"],
  ["Norvaal", "Norvaalese"],
  ["Ostrelia", "Ostrelian"],
  ["Pellmark", "Pellmarkish"],
  ["Quessia", "Quessian"],
  ["Rhovania", "Rhovanian"],
  ["Sarnland", "Sarnish"],
  ["Tyrovia", "Tyrovian"],
] as const;

export const CITY_PARTS = [
  ["Port", "Bel", "Ash", "Kor", "Mer", "Tal", "Vos", "Dra", "Lin", "Sel", "Ost", "Gar"],
  ["haven", "mora", "ford", "grad", "vale", "stead", "mouth", "bury", "wick", "polis", "dun"],
] as const;

export const FIRST_NAMES = [
  "Aldo",
  "Berta",
  "Casimir",
  "Dana",
  "Emil",
  "Farah",
  "Goran",
  "Hana",
  "Ivo",
  "Jana",
  "Karim",
  "Lena",
  "Milos",
  "Nadia",
  "Oskar",
  "Petra",
  "Rafael",
  "Sana",
  "Tomas",
  "Una",
  "Viktor",
  "Yara",
  "Zoran",
  "Amira",
  "Bruno",
  "Clara",
  "Darius",
  "Elena",
  "Fedor",
  "Greta",
];

export const SURNAMES = [
  "Aranda",
  "Belov",
  "Castell",
  "Dunajev",
  "Erdem",
  "Falcone",
  "Galani",
  "Horvat",
  "Ilies",
  "Jankovic",
  "Kaldor",
  "Lorentz",
  "Marek",
  "Novak",
  "Orsini",
  "Petrak",
  "Quiroga",
  "Rostami",
  "Salvat",
  "Teodor",
  "Umarov",
  "Varga",
  "Weiland",
  "Yilmaz",
  "Zeman",
  "Albescu",
  "Brandt",
  "Cerny",
  "Delacroix",
  "Emre",
];

export const OUTLETS = [
  "The Daily Ledger",
  "Morning Courier",
  "The Harbour Post",
  "Evening Standard-Bearer",
  "The Northern Wire",
  "Capital Gazette",
  "The Observer Review",
  "Frontline Dispatch",
  "The Plain Herald",
  "Continental Times",
];

export const WEEKDAYS = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
];

/** What each type of event looks like in a sentence: done, and still to be done. */
export const EVENT_WORDS: Record<EventType, { past: string; base: string }> = {
  "public-statement": { past: "issued a public statement", base: "issue a public statement" },
  "travel-advisory": { past: "issued a travel advisory", base: "issue a travel advisory" },
  consultation: { past: "held consultations with allies", base: "hold consultations with allies" },
  "legislative-resolution": { past: "passed a resolution", base: "pass a resolution" },
  "demand-withdrawal": {
    past: "demanded the withdrawal of foreign troops",
    base: "demand the withdrawal of foreign troops",
  },
  "summon-diplomat": { past: "summoned the ambassador", base: "summon the ambassador" },
  "official-complaint": { past: "lodged a formal complaint", base: "lodge a formal complaint" },
  "reduce-military-assistance": {
    past: "cut military assistance",
    base: "cut military assistance",
  },
  "raise-alert": { past: "raised its alert level", base: "raise its alert level" },
  "military-deployment": { past: "deployed additional troops", base: "deploy additional troops" },
  "withdraw-forces": { past: "withdrew its forces", base: "withdraw its forces" },
  airstrike: { past: "carried out an air strike", base: "carry out an air strike" },
  "armed-attack": { past: "launched an attack on a convoy", base: "launch an attack on a convoy" },
  assassination: { past: "killed a senior commander", base: "kill a senior commander" },
  protest: { past: "staged a protest", base: "stage a protest" },
  sanction: { past: "imposed new sanctions", base: "impose new sanctions" },
  agreement: { past: "signed a border agreement", base: "sign a border agreement" },
};

/** A clause for each speech act, about a subject and something it does. */
export const ACT_CLAUSES: Record<SpeechAct, (subject: string, base: string) => string> = {
  claim: (s, b) => `${s} had already agreed to ${b}`,
  assessment: (s, b) => `${s} was unlikely to ${b}`,
  announcement: (s, b) => `${s} would ${b} within days`,
  disclosure: (s, b) => `${s} had quietly prepared to ${b}`,
  demand: (s, b) => `${s} must ${b} at once`,
  call: (s, b) => `${s} should ${b}`,
  advice: (s, b) => `${s} would do well to ${b}`,
  proposal: (s, b) => `${s} could ${b} under a new plan`,
  commitment: (s, b) => `${s} would ${b} as promised`,
  warning: (s, b) => `${s} would regret any attempt to ${b}`,
  threat: (s, b) => `${s} would pay a price if it tried to ${b}`,
  criticism: (s, b) => `${s} had failed to ${b}`,
  condemnation: (s, b) => `${s} was wrong to ${b}`,
  accusation: (s, b) => `${s} had tried to ${b}`,
  denial: (s, b) => `${s} had never planned to ${b}`,
  rejection: (s, b) => `${s} would not be allowed to ${b}`,
  justification: (s, b) => `${s} had no choice but to ${b}`,
};

export const CUES = ["said", "stated", "told reporters", "insisted", "stressed", "added", "warned"];
export const UNNAMED = ["A spokesperson", "Officials", "A senior official", "Critics", "Diplomats"];
export const FRAMING_TERMS = [
  "a provocation",
  "an escalation",
  "a necessary step",
  "a show of force",
  "a violation of sovereignty",
  "a defensive measure",
  "a reckless gamble",
];
