import { NextResponse, type NextRequest } from "next/server";

// Only an optimistic redirect for visitors without a session cookie; the data layer checks the
// session for real (Next's data-security guide: a proxy is never the only check).
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
}

// API routes are left out: each answers 401/403 itself, and a proxy in front of them would make
// Next buffer request bodies and cut uploads at 10 MB.
export const config = {
  matcher: ["/((?!login|api/|_next/static|_next/image|favicon.ico).*)"],
};
