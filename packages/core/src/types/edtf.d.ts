// edtf ships no types: the one call the build makes, which throws on a string EDTF does not allow
declare module "edtf" {
  export default function edtf(text: string): { type: string; min: number; max: number };
}
