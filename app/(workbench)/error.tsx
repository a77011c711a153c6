"use client";

export default function WorkbenchError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-white p-8">
      <h1 className="text-xl font-semibold text-red-800">Something went wrong</h1>
      <p className="mt-2 text-sm text-slate-600">{error.digest ? `Reference ${error.digest}. ` : ""}Nothing you entered was lost.</p>
      <button type="button" onClick={reset} className="mt-4 rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100">Try again</button>
    </div>
  );
}
