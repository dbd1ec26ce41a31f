/** The part of @gorhill/ubo-core's API the benchmark uses (the package ships no types). */
declare module "@gorhill/ubo-core" {
  export interface RequestDetails {
    originURL: string;
    url: string;
    type: string;
  }

  export class StaticNetFilteringEngine {
    static create(options?: { noPSL?: boolean }): Promise<StaticNetFilteringEngine>;
    static release(): Promise<void>;
    useLists(lists: { name: string; raw: string }[]): Promise<void>;
    /** 0: no filter matched, 1: blocked, 2: allowed by an exception. */
    matchRequest(details: RequestDetails): 0 | 1 | 2;
  }

  export function enableWASM(): Promise<boolean>;
}
