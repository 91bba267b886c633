/** The part of `az` (a JavaScript port of pymorphy2 with the OpenCorpora dictionaries) the build uses. */
declare module 'az' {
  interface Parse {
    word: string;
    parser: string;
    score: number;
    formCnt: number;
    /** The grammemes, as `NOUN,inan,masc sing,nomn`. */
    tag: { toString(): string };
    normalize(): Parse;
    inflect(form: number): Parse | false;
  }
  interface MorphFn {
    (word: string, config?: { typos?: number; stutter?: number }): Parse[];
    init(path: string, callback: (error: unknown) => void): void;
  }
  const Az: { Morph: MorphFn };
  export default Az;
}
