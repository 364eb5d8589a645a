/**
 * A delegation in words, from exactly what the source gave: a leader or not, the whole group's
 * size or the members besides the leader. What the source leaves out is said to be not stated;
 * authors never write placeholder prose for it.
 */

/** What pages show for a fact the source does not give. */
export const NOT_STATED = 'tidak disebutkan sumber';

interface DelegationLike {
  leader?: { name?: string; role: string };
  size?: number;
  members?: { count?: number; description?: string };
}

export interface DelegationText {
  /** "Zakarias (Bupati Katingan)", "Bupati Katingan", or undefined when the source names none. */
  leader?: string;
  /** "25 orang (seluruh rombongan)", "pemimpin dan 20 anggota", or undefined when the source gives no number. */
  size?: string;
  /** The members as the source describes them, e.g. "asisten dan kepala dinas". */
  composition?: string;
  /** One line for share cards and lists: "Bupati Katingan + 20 asisten dan kepala dinas", "25 orang". */
  short?: string;
}

export const personText = (p: { name?: string; role: string }) => (p.name ? `${p.name} (${p.role})` : p.role);

export function describeDelegation(d: DelegationLike | undefined): DelegationText {
  if (!d) return {};
  const count = d.members?.count;
  const composition = d.members?.description;
  const size =
    d.size !== undefined
      ? `${d.size} orang (seluruh rombongan${count !== undefined ? `: pemimpin dan ${count} anggota` : ''})`
      : count !== undefined
        ? `pemimpin dan ${count} anggota`
        : undefined;
  const members = [count !== undefined ? String(count) : '', composition ?? ''].filter(Boolean).join(' ');
  const short = d.leader
    ? [d.leader.role, members].filter(Boolean).join(' + ')
    : d.size !== undefined
      ? `${d.size} orang${composition ? `: ${composition}` : ''}`
      : members || undefined;
  return { leader: d.leader ? personText(d.leader) : undefined, size, composition, short: short || undefined };
}
