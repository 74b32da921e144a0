/** "1 announcement", "12,000 announcements": the count written as the language writes numbers. */
export const counted =
  (locale: string) =>
  (n: number, one: string, many: string): string =>
    `${n.toLocaleString(locale)} ${n === 1 ? one : many}`;
