/** A file's size for a person: kB (rounded up) below a megabyte, else MB with one decimal. */
export function byteSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`
}
