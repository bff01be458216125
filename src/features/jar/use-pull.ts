import { pullFromJar, pullFromJarWhere } from '@/db/repo/jar';
import { pickKindWord } from '@/domain/kind-words';
import { whenInWords } from '@/domain/when-in-words';
import { useCurrentDay } from '@/hooks/use-current-day';
import { useKindWords } from '@/hooks/use-kind-words';
import { useAppStore } from '@/store/store';

/**
 * Pulls one slip (through the filter when one is set), shows it, and tells screen readers what
 * came out. `pastFirst` (a hard day): a win written today goes back into the jar for later in
 * the round and another comes out, since what helps then is proof from before today; when only
 * today's are left, one of them comes out after all.
 */
export function usePull({ pastFirst = false }: { pastFirst?: boolean } = {}): () => Promise<void> {
  const today = useCurrentDay();
  const kindWords = useKindWords();
  return async () => {
    const { jarFilter, filterSeen, pulledId, setFilterSeen, showPulled, kindWord, celebrateSave, announce } =
      useAppStore.getState();
    let item;
    if (jarFilter) {
      const result = await pullFromJarWhere(jarFilter, new Set(filterSeen), pulledId);
      setFilterSeen([...result.seen]);
      item = result.item;
    } else {
      item = await pullFromJar(Math.random, pastFirst ? { notFromDay: today } : {});
    }
    if (!item) {
      showPulled(null);
      announce('There is nothing in the jar to pull yet.');
      return;
    }
    const word = pickKindWord(kindWord, kindWords);
    celebrateSave(item.id, word);
    showPulled(item.id);
    announce(`${whenInWords(item.day, today)}: ${item.text}. ${word}`);
  };
}
