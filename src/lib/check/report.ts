/** The report an author reads in a terminal or a build log: one readable block per problem, grouped by file. */
import type { Problem } from './types.ts';

/** One readable block per problem, grouped by file, for terminals and build logs. */
export function formatProblems(problems: Problem[]): string {
  return formatList(problems, (count, files) => `Konten bermasalah: ${count} masalah di ${files} file.`);
}

/** The same layout for warnings: what an author still has to fill in; they do not fail the build. */
export function formatWarnings(warnings: Problem[]): string {
  return formatList(warnings, (count, files) => `Perlu dilengkapi (peringatan, tidak menggagalkan build): ${count} catatan di ${files} file.`);
}

function formatList(problems: Problem[], header: (count: number, files: number) => string): string {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const lines = [header(problems.length, byFile.size)];
  for (const [file, list] of byFile) {
    lines.push('', file);
    for (const p of list) lines.push(`  - ${p.field || '(file)'}: ${p.message}${p.hint ? ` — ${p.hint}` : ''}`);
  }
  return lines.join('\n');
}
