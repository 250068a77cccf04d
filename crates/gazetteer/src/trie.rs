//! The word trie: every surface form is a path of word ids (one node per word, not per byte),
//! so a million two-word forms need about two million nodes of 12 bytes.
//!
//! Nodes are numbered breadth-first with the children of a node contiguous and sorted by word
//! id: node `k`'s children are `child[k]..child[k + 1]`, found by binary search over `label`;
//! the children of the root are found directly by word id (`root`). The candidates of the
//! form that ends at node `k` are `cands[cand[k]..cand[k + 1]]`.

use crate::store::FormRef;

/// The built trie.
#[derive(Clone, Debug, Default)]
pub(crate) struct Trie {
    /// Node of each word id at depth one (0: no form starts with this word).
    root: Vec<u32>,
    /// Word id of each node (0 for the root, node 0).
    label: Vec<u32>,
    /// First child of each node, plus an end sentinel.
    child: Vec<u32>,
    /// First candidate of each node, plus an end sentinel.
    cand: Vec<u32>,
    /// Candidates: surface forms.
    cands: Vec<FormRef>,
    /// Words in the longest form.
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) max_words: usize,
}

/// Bits of one word id in a packed key head.
const ID_BITS: u32 = 21;
const ID_MASK: u64 = (1 << ID_BITS) - 1;

/// A surface form to build from: the first three word ids of its key packed so that heads
/// compare as the keys do (`w1 << 42 | w2 << 21 | w3`, 0 for a missing word, kept as two
/// halves) and the form. 12 bytes, so two million forms sort in place in 24 MB.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Rec {
    hi: u32,
    lo: u32,
    form: FormRef,
}

impl Rec {
    #[inline]
    fn head(&self) -> u64 {
        u64::from(self.hi) << 32 | u64::from(self.lo)
    }
}

/// All forms to build from: their records and, for keys of more than three words, the
/// words after the third (`tails`: form offset → range of `words`, sorted by form offset).
#[derive(Default)]
pub(crate) struct Keys {
    pub(crate) recs: Vec<Rec>,
    tails: Vec<(u32, u32, u32)>,
    words: Vec<u32>,
}

impl Keys {
    /// Adds a form with key `key` (non-empty word ids, each at most 21 bits). Forms must be
    /// added in the order of their offsets.
    pub(crate) fn push(&mut self, key: &[u32], form: FormRef) {
        let id = |i: usize| key.get(i).map_or(0, |&w| u64::from(w) & ID_MASK);
        let head = id(0) << (2 * ID_BITS) | id(1) << ID_BITS | id(2);
        if let Some(rest) = key.get(3..).filter(|r| !r.is_empty()) {
            let start = self.words.len() as u32;
            self.words.extend_from_slice(rest);
            self.tails.push((crate::store::form_offset(form), start, self.words.len() as u32));
        }
        crate::store::grow(&mut self.recs, 1);
        self.recs.push(Rec { hi: (head >> 32) as u32, lo: head as u32, form });
    }

    /// The words after the third of a record's key.
    fn tail(&self, r: &Rec) -> &[u32] {
        if r.head() & ID_MASK == 0 || self.tails.is_empty() {
            return &[];
        }
        let off = crate::store::form_offset(r.form);
        match self.tails.binary_search_by_key(&off, |t| t.0) {
            Ok(i) => {
                let (_, a, b) = self.tails[i];
                self.words.get(a as usize..b as usize).unwrap_or(&[])
            }
            Err(_) => &[],
        }
    }

    /// Word `d` of a record's key (0 past its end).
    fn word(&self, r: &Rec, d: usize) -> u32 {
        match d {
            0..=2 => (r.head() >> (ID_BITS * (2 - d as u32)) & ID_MASK) as u32,
            _ => self.tail(r).get(d - 3).copied().unwrap_or(0),
        }
    }

    /// Number of words of a record's key.
    fn len(&self, r: &Rec) -> usize {
        (0..3).take_while(|&d| self.word(r, d) != 0).count() + self.tail(r).len()
    }

    /// How many first words two records share.
    fn common_prefix(&self, a: &Rec, b: &Rec) -> u32 {
        let head =
            (0..3).take_while(|&i| self.word(a, i) == self.word(b, i) && self.word(a, i) != 0);
        let n = head.count();
        if n < 3 {
            return n as u32;
        }
        let tail = self.tail(a).iter().zip(self.tail(b)).take_while(|(x, y)| x == y).count();
        (3 + tail) as u32
    }

    /// Sorts the records by key, forms of the same key in the order they were added.
    pub(crate) fn sort(&mut self) {
        let mut recs = core::mem::take(&mut self.recs);
        recs.sort_unstable_by(|a, b| {
            a.head()
                .cmp(&b.head())
                .then_with(|| self.tail(a).cmp(self.tail(b)))
                .then(crate::store::form_offset(a.form).cmp(&crate::store::form_offset(b.form)))
        });
        self.recs = recs;
    }
}

impl Trie {
    /// Builds the trie from sorted keys; `words` is the number of word ids (the size of the
    /// vocabulary), `source_of` gives the source of a form (by its arena offset) and `entry_of`
    /// its entry: of the forms of one key only those of the latest source are kept, each entry
    /// once.
    pub(crate) fn build(
        keys: Keys,
        words: usize,
        source_of: impl Fn(u32) -> u32,
        entry_of: impl Fn(u32) -> u32,
    ) -> Trie {
        let recs = &keys.recs;
        // How many first words each record shares with the one before it (sorted keys): the
        // words two records share is the least of these between them, so a pass at depth d
        // tells whether a record starts a new d-word prefix without comparing d words.
        let shared: Vec<u32> = (0..recs.len())
            .map(|i| match (i.checked_sub(1).and_then(|p| recs.get(p)), recs.get(i)) {
                (Some(a), Some(b)) => keys.common_prefix(a, b),
                _ => 0,
            })
            .collect();
        let mut root = vec![0u32; words];
        let mut label: Vec<u32> = vec![0];
        let mut child: Vec<u32> = vec![u32::MAX];
        let mut cand: Vec<u32> = vec![0];
        let mut cands: Vec<FormRef> = Vec::new();
        // Records whose key has at least `depth` words, when few enough to list, each with
        // the words it shares with the one listed before it; else all.
        let mut listed: Option<Vec<(u32, u32)>> = None;
        let mut depth = 0;
        // First node at the current depth (the parents of the nodes made in this pass).
        let mut level = 0u32;
        let mut max_words = 0;
        loop {
            let next_level = label.len() as u32;
            let mut parent = level.wrapping_sub(1);
            let (mut last_parent, mut last_word) = (u32::MAX, u32::MAX);
            let mut has_prev = false;
            // The words shared by the record before (of at least `depth` words) and this one.
            let mut run = u32::MAX;
            let mut deeper = 0usize;
            let mut k = 0;
            let n = listed.as_ref().map_or(recs.len(), Vec::len);
            while k < n {
                let (i, with_last) = match &listed {
                    Some(l) => l.get(k).map_or((usize::MAX, 0), |&(i, s)| (i as usize, s)),
                    None => (k, shared.get(k).copied().unwrap_or(0)),
                };
                let Some(r) = recs.get(i) else { break };
                k += 1;
                run = run.min(with_last);
                let len = keys.len(r);
                if len < depth {
                    continue;
                }
                // Parents are the nodes of the distinct `depth`-word prefixes, in order.
                if depth > 0 && (!has_prev || (run as usize) < depth) {
                    parent = parent.wrapping_add(1);
                }
                has_prev = true;
                run = u32::MAX;
                if len == depth {
                    continue;
                }
                deeper += 1;
                let parent_node = if depth == 0 { 0 } else { parent };
                let word = keys.word(r, depth);
                if parent_node == last_parent && word == last_word {
                    continue;
                }
                let node = label.len() as u32;
                crate::store::grow(&mut label, 1);
                crate::store::grow(&mut child, 1);
                crate::store::grow(&mut cand, 1);
                label.push(word);
                child.push(u32::MAX);
                cand.push(cands.len() as u32);
                if parent_node != last_parent
                    && let Some(c) = child.get_mut(parent_node as usize)
                {
                    *c = node;
                }
                if depth == 0
                    && let Some(x) = root.get_mut(word as usize)
                {
                    *x = node;
                }
                last_parent = parent_node;
                last_word = word;
                // The first record of a prefix is the one whose key is the prefix, if any:
                // its key's forms are this node's candidates.
                if len == depth + 1 {
                    max_words = max_words.max(len);
                    let mut end = i + 1;
                    while recs
                        .get(end)
                        .is_some_and(|x| x.head() == r.head() && keys.tail(x) == keys.tail(r))
                    {
                        end += 1;
                    }
                    let off = |x: &Rec| crate::store::form_offset(x.form);
                    match recs.get(i..end).unwrap_or(&[]) {
                        [one] => {
                            crate::store::grow(&mut cands, 1);
                            cands.push(one.form);
                        }
                        group => {
                            let latest = group.iter().map(|x| source_of(off(x))).max().unwrap_or(0);
                            let mut last_entry = None;
                            for x in group {
                                let entry = entry_of(off(x));
                                if last_entry != Some(entry) && source_of(off(x)) == latest {
                                    crate::store::grow(&mut cands, 1);
                                    cands.push(x.form);
                                    last_entry = Some(entry);
                                }
                            }
                        }
                    }
                }
            }
            if deeper == 0 {
                break;
            }
            level = next_level;
            depth += 1;
            // List the records that go deeper once they are few.
            if deeper <= recs.len() / 8 {
                let mut l = Vec::new();
                let mut run = u32::MAX;
                let n = listed.as_ref().map_or(recs.len(), Vec::len);
                for k in 0..n {
                    let (i, with_last) = match &listed {
                        Some(l) => l.get(k).map_or((u32::MAX, 0), |&x| x),
                        None => (k as u32, shared.get(k).copied().unwrap_or(0)),
                    };
                    run = run.min(with_last);
                    if recs.get(i as usize).is_some_and(|r| keys.len(r) >= depth) {
                        l.push((i, run));
                        run = u32::MAX;
                    }
                }
                listed = Some(l);
            }
        }
        drop(listed);
        drop(keys);
        let nodes = label.len();
        cand.push(cands.len() as u32);
        // Childless nodes get an empty range at the next node's first child.
        child.push(nodes as u32);
        for k in (0..nodes).rev() {
            if child[k] == u32::MAX {
                child[k] = child[k + 1];
            }
        }
        label.shrink_to_fit();
        child.shrink_to_fit();
        cand.shrink_to_fit();
        cands.shrink_to_fit();
        Trie { root, label, child, cand, cands, max_words }
    }

    /// The node reached from `node` by word `word` (0 when there is none).
    #[inline]
    pub(crate) fn step(&self, node: u32, word: u32) -> u32 {
        if node == 0 {
            return self.root.get(word as usize).copied().unwrap_or(0);
        }
        let a = self.child.get(node as usize).copied().unwrap_or(0) as usize;
        let b = self.child.get(node as usize + 1).copied().unwrap_or(0) as usize;
        let Some(labels) = self.label.get(a..b) else { return 0 };
        match labels.binary_search(&word) {
            Ok(i) => (a + i) as u32,
            Err(_) => 0,
        }
    }

    /// True when some form starts with word `word`.
    #[inline]
    pub(crate) fn starts_form(&self, word: u32) -> bool {
        self.root.get(word as usize).is_some_and(|&n| n != 0)
    }

    /// The candidates of the form ending at `node` (empty when no form ends there).
    #[inline]
    pub(crate) fn cands(&self, node: u32) -> &[FormRef] {
        let a = self.cand.get(node as usize).copied().unwrap_or(0) as usize;
        let b = self.cand.get(node as usize + 1).copied().unwrap_or(0) as usize;
        self.cands.get(a..b).unwrap_or(&[])
    }

    /// The node of a key (0 when it is not a path of the trie).
    #[cfg(test)]
    pub(crate) fn walk(&self, key: &[u32]) -> u32 {
        let mut node = 0;
        for &w in key {
            node = self.step(node, w);
            if node == 0 {
                return 0;
            }
        }
        node
    }

    /// Every node with candidates and its key (for tests).
    #[cfg(test)]
    pub(crate) fn forms_for_test(&self) -> Vec<(Vec<u32>, u32)> {
        let mut keys: Vec<Vec<u32>> = vec![Vec::new(); self.label.len()];
        for k in 0..self.label.len() {
            let a = self.child[k] as usize;
            let b = self.child[k + 1] as usize;
            for c in a..b {
                let mut key = keys[k].clone();
                key.push(self.label[c]);
                keys[c] = key;
            }
        }
        (1..self.label.len() as u32)
            .filter(|&k| !self.cands(k).is_empty())
            .map(|k| (keys[k as usize].clone(), k))
            .collect()
    }

    pub(crate) fn heap_bytes(&self) -> usize {
        (self.root.capacity()
            + self.label.capacity()
            + self.child.capacity()
            + self.cand.capacity()
            + self.cands.capacity())
            * 4
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn build(keys: &[&[u32]]) -> Trie {
        let mut k = Keys::default();
        for (i, key) in keys.iter().enumerate() {
            k.push(key, i as u32 * 10);
        }
        k.sort();
        Trie::build(k, 20, |_| 0, |off| off / 10)
    }

    #[test]
    fn the_latest_source_wins_and_entries_count_once() {
        let mut k = Keys::default();
        // Entries: forms 0 and 10 are entry 0; 20, 30, 40, 50 are entries 1 to 4.
        for (key, off) in [(&[4u32, 2][..], 0), (&[4, 2], 10), (&[4, 2], 20), (&[4, 2], 30)] {
            k.push(key, off);
        }
        k.push(&[4, 2], 40);
        k.push(&[4], 50);
        k.sort();
        let entry_of = |off: u32| if off < 20 { 0 } else { off / 10 - 1 };
        let t = Trie::build(k, 20, |off| u32::from(entry_of(off) >= 1), entry_of);
        assert_eq!(t.cands(t.walk(&[4, 2])), &[20, 30, 40]);
        assert_eq!(t.cands(t.walk(&[4])), &[50]);
    }

    #[test]
    fn every_key_is_found_and_nothing_else() {
        let keys: &[&[u32]] = &[
            &[1],
            &[1, 2],
            &[1, 2, 3],
            &[2, 9],
            &[3],
            &[1, 5],
            &[9, 9, 9, 9],
            &[9, 9, 9, 9, 1],
            &[9, 9, 9, 8, 2, 3],
            &[9, 9, 9],
        ];
        let t = build(keys);
        for (i, k) in keys.iter().enumerate() {
            let node = t.walk(k);
            assert_ne!(node, 0, "{k:?}");
            assert_eq!(t.cands(node), &[i as u32 * 10], "{k:?}");
        }
        assert_eq!(t.walk(&[2]), t.step(0, 2));
        assert!(t.cands(t.walk(&[2])).is_empty(), "a prefix only");
        assert_eq!(t.walk(&[1, 3]), 0);
        assert_eq!(t.walk(&[9, 9, 9, 9, 9]), 0);
        assert_eq!(t.walk(&[9, 9, 9, 8, 2]), t.step(t.walk(&[9, 9, 9, 8]), 2));
        assert_eq!(t.walk(&[4]), 0);
        assert!(t.starts_form(9) && !t.starts_form(4) && !t.starts_form(1000));
        assert_eq!(t.max_words, 6);
        assert_eq!(t.forms_for_test().len(), keys.len());
    }
}
