import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-xl p-10">
      <h1 className="text-xl font-semibold">Not allowed</h1>
      <p className="mt-2 text-sm text-slate-600">This page is for admins. Ask an admin if you need access.</p>
      <Link href="/reports" className="mt-4 inline-block text-sm text-blue-700 hover:underline">Back to reports</Link>
    </main>
  );
}
