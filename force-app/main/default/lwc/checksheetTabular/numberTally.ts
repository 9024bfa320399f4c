/** Which item numbers a table writes more than once, and on which lines. */
export class NumberTally {
  private readonly firstLines = new Map<string, number>();
  private readonly repeats = new Map<string, number[]>();

  /** Notes that `number` is written on `line`. */
  add(number: string, line: number): void {
    const first = this.firstLines.get(number);
    if (first === undefined) {
      this.firstLines.set(number, line);
      return;
    }
    const lines = this.repeats.get(number) ?? [first];
    lines.push(line);
    this.repeats.set(number, lines);
  }

  /** Numbers written more than once, with all their lines, in the order of their first repeat. */
  repeated(): ReadonlyMap<string, readonly number[]> {
    return this.repeats;
  }
}
