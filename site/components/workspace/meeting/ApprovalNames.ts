// Names of the justerare as a Swedish list, for the approval line and the history.

/** "Anna", "Anna och Bo", "Anna, Bo och Cilla". */
export function swedishList(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} och ${names.at(-1)}`;
}
