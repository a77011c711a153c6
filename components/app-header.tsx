import Link from "next/link";
import type { TSessionUser } from "@/lib/auth/session";
import { SignOutButton } from "./sign-out-button";

export function AppHeader({ user }: { user: TSessionUser }) {
  const links = [
    { href: "/reports", label: "Reports" },
    ...(user.role === "admin" ? [{ href: "/admin/import", label: "Import" }] : []),
  ];
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl items-center gap-6 px-6 py-3">
        <Link href="/reports" className="text-lg font-semibold tracking-tight">Crosscheck</Link>
        <nav aria-label="Main" className="flex gap-4 text-sm">
          {links.map((link) => (
            <Link key={link.href} href={link.href} className="text-slate-700 hover:text-slate-950">{link.label}</Link>
          ))}
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm">
          <span>
            <span className="font-medium">{user.name}</span>{" "}
            <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs uppercase tracking-wide text-slate-600">{user.role}</span>
          </span>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
