export declare const DOCUMENTS: number;
export declare function liveEditCorpus(root: string): { big: string; others: string[] };
export declare function editSentence(n: number): string;
export declare function editKind(n: number): 'prose' | 'naming';
