// Where to go after signing in: only a path on this site. "//evil.example" and "/\\evil.example"
// are read by browsers as other hosts, so slashes after the first, backslashes and control
// characters are refused, and the result must resolve to the same origin.
const BASE = "http://crosscheck.invalid";

export function safeCallbackPath(callbackUrl: string | undefined, fallback = "/reports"): string {
  if (!callbackUrl || !callbackUrl.startsWith("/") || /^\/[\\/]|[\\\u0000-\u001f\u007f]/.test(callbackUrl)) return fallback;
  const url = new URL(callbackUrl, BASE);
  return url.origin === BASE ? `${url.pathname}${url.search}${url.hash}` : fallback;
}
