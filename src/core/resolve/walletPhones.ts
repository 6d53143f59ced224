// A wallet opened on a phone number and that number's SIM are one subject: an identity link ties them.

import { compareIds, mergeById } from '../model/order.ts';
import { entityId, linkId, type CaseModel, type Entity, type Link, type SourceLines } from '../model/types.ts';

/** What the identity link between a wallet and the SIM of its number says, as the link's label. */
export const WALLET_PHONE_LABEL = 'wallet opened on this mobile number';

/**
 * Ties each e-wallet keyed by a phone number (`account:+639171234567`, see walletPhone) to the phone entity of the
 * same number (`phone:+639171234567`), when the case has one, with a `uses_phone` link from the wallet to the phone:
 * an identity link, so clustering keeps the two together and the analysis counts them as one actor's (see
 * groupActors). Its sources are the wallet's lines that gave that key (the rows naming the wallet), and the
 * phone's: each side is evidence of one half of the tie.
 * `model`'s links are in id order (as CaseBuilder makes them); so are the links returned.
 * NOTE: only the key decides (both are the number in E.164), never the digits of a bank account: a bank account that
 * merely looks like a phone number is keyed by its digits (see walletPhone) and is never tied.
 */
export function tieWalletsToPhones(model: CaseModel): CaseModel {
  const phones = new Map<string, Entity>();
  for (const entity of model.entities) if (entity.type === 'phone' && entity.key.startsWith('+')) phones.set(entity.id, entity);
  if (phones.size === 0) return model;
  const ties: Link[] = [];
  for (const wallet of model.entities) {
    if (wallet.type !== 'account' || wallet.attributes.accountKind !== 'ewallet' || !wallet.key.startsWith('+')) continue;
    const phone = phones.get(entityId('phone', wallet.key));
    if (!phone) continue;
    ties.push({
      id: linkId('uses_phone', wallet.id, phone.id), type: 'uses_phone', source: wallet.id, target: phone.id,
      count: 1, durationSeconds: 0, amounts: {}, label: WALLET_PHONE_LABEL, sources: joinSources(wallet.sources, phone.sources),
    });
  }
  if (ties.length === 0) return model;
  return { entities: model.entities, links: mergeById(model.links, ties.sort((a, b) => compareIds(a.id, b.id))) };
}

/** Both entities' source lines, per file in file order, lines sorted and distinct. */
function joinSources(a: readonly SourceLines[], b: readonly SourceLines[]): SourceLines[] {
  const byFile = new Map<string, Set<number>>();
  for (const { file, lines } of [...a, ...b]) {
    let set = byFile.get(file);
    if (!set) byFile.set(file, (set = new Set()));
    for (const line of lines) set.add(line);
  }
  return [...byFile.keys()].sort(compareIds).map((file) => ({ file, lines: [...(byFile.get(file) as Set<number>)].sort((x, y) => x - y) }));
}

