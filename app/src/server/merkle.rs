//! The hashes of a Merkle tree in the manner of Certificate Transparency (RFC 6962 §2.1, RFC
//! 9162 §2.1): leaves and nodes hashed with SHA-256 under different prefixes (0x00 for a leaf,
//! 0x01 for a node), so that no leaf can pass for a node; inclusion proofs (this entry is in the
//! tree of that root) and consistency proofs (the tree of that root is the tree of this earlier
//! root with entries appended, nothing removed or changed), and their verification, for the log
//! of public acts anyone can check (issue 23). Checked against the RFC's reference vectors and
//! against every proof of every tree up to 40 leaves.
use sha2::{Digest, Sha256};

pub type Hash = [u8; 32];

/// The hash of an entry as a leaf: `SHA-256(0x00 ‖ data)`.
pub fn leaf_hash(data: &[u8]) -> Hash {
    let mut h = Sha256::new();
    h.update([0u8]);
    h.update(data);
    h.finalize().into()
}

/// The hash of an inner node: `SHA-256(0x01 ‖ left ‖ right)`.
pub fn node_hash(left: &Hash, right: &Hash) -> Hash {
    let mut h = Sha256::new();
    h.update([1u8]);
    h.update(left);
    h.update(right);
    h.finalize().into()
}

/// The largest power of two smaller than `n` (n ≥ 2): where the tree of `n` leaves splits.
fn split(n: usize) -> usize {
    let mut k = 1;
    while k * 2 < n {
        k *= 2;
    }
    k
}

/// The root of the tree whose leaves have these leaf hashes (the hash of the empty string for
/// no leaf).
pub fn root(leaves: &[Hash]) -> Hash {
    match leaves.len() {
        0 => Sha256::digest([]).into(),
        1 => leaves[0],
        n => {
            let k = split(n);
            node_hash(&root(&leaves[..k]), &root(&leaves[k..]))
        }
    }
}

/// The audit path of leaf `index` (RFC 6962 §2.1.1), or `None` if there is no such leaf.
pub fn inclusion_proof(leaves: &[Hash], index: usize) -> Option<Vec<Hash>> {
    fn path(m: usize, d: &[Hash], out: &mut Vec<Hash>) {
        if d.len() <= 1 {
            return;
        }
        let k = split(d.len());
        if m < k {
            path(m, &d[..k], out);
            out.push(root(&d[k..]));
        } else {
            path(m - k, &d[k..], out);
            out.push(root(&d[..k]));
        }
    }
    (index < leaves.len()).then(|| {
        let mut out = Vec::new();
        path(index, leaves, &mut out);
        out
    })
}

/// The consistency proof from the tree of the first `old_size` leaves to the tree of all of
/// them (RFC 6962 §2.1.2), or `None` if `old_size` is larger than the tree.
pub fn consistency_proof(leaves: &[Hash], old_size: usize) -> Option<Vec<Hash>> {
    fn subproof(m: usize, d: &[Hash], whole: bool, out: &mut Vec<Hash>) {
        let n = d.len();
        if m == n {
            if !whole {
                out.push(root(d));
            }
            return;
        }
        let k = split(n);
        if m <= k {
            subproof(m, &d[..k], whole, out);
            out.push(root(&d[k..]));
        } else {
            subproof(m - k, &d[k..], false, out);
            out.push(root(&d[..k]));
        }
    }
    if old_size > leaves.len() {
        return None;
    }
    let mut out = Vec::new();
    if old_size > 0 && old_size < leaves.len() {
        subproof(old_size, leaves, true, &mut out);
    }
    Some(out)
}

/// Whether `proof` shows the leaf with hash `leaf` at `index` in the tree of `size` leaves
/// whose root is `root` (RFC 9162 §2.1.3.2).
pub fn verify_inclusion(index: u64, size: u64, leaf: &Hash, proof: &[Hash], root: &Hash) -> bool {
    if index >= size {
        return false;
    }
    let (mut f, mut s, mut r) = (index, size - 1, *leaf);
    for p in proof {
        if s == 0 {
            return false;
        }
        if f & 1 == 1 || f == s {
            r = node_hash(p, &r);
            while f & 1 == 0 && f != 0 {
                f >>= 1;
                s >>= 1;
            }
        } else {
            r = node_hash(&r, p);
        }
        f >>= 1;
        s >>= 1;
    }
    s == 0 && r == *root
}

/// Whether `proof` shows that the tree of `new_size` leaves with root `new_root` holds the tree
/// of `old_size` leaves with root `old_root` as its beginning (RFC 9162 §2.1.4.2).
pub fn verify_consistency(
    old_size: u64,
    new_size: u64,
    old_root: &Hash,
    new_root: &Hash,
    proof: &[Hash],
) -> bool {
    if old_size > new_size {
        return false;
    }
    if old_size == new_size {
        return proof.is_empty() && old_root == new_root;
    }
    if old_size == 0 {
        // Every tree begins with the empty one.
        return proof.is_empty();
    }
    let mut path: Vec<Hash> = Vec::with_capacity(proof.len() + 1);
    if old_size.is_power_of_two() {
        path.push(*old_root);
    }
    path.extend_from_slice(proof);
    let Some((first, rest)) = path.split_first() else {
        return false;
    };
    let (mut f, mut s) = (old_size - 1, new_size - 1);
    while f & 1 == 1 {
        f >>= 1;
        s >>= 1;
    }
    let (mut fr, mut sr) = (*first, *first);
    for c in rest {
        if s == 0 {
            return false;
        }
        if f & 1 == 1 || f == s {
            fr = node_hash(c, &fr);
            sr = node_hash(c, &sr);
            while f & 1 == 0 && f != 0 {
                f >>= 1;
                s >>= 1;
            }
        } else {
            sr = node_hash(&sr, c);
        }
        f >>= 1;
        s >>= 1;
    }
    fr == *old_root && sr == *new_root && s == 0
}

/// A proof that some entries are leaves of a tree (a consultation's entries of the log in its
/// own package): the roots of the largest subtrees that hold none of them, left to right. With
/// the entries' own leaf hashes it gives the tree's root ([`root_from_subset`]). `members` are
/// leaf indexes in increasing order, each below `leaves.len()`. Its length is at most about
/// `m·log2(n/m)` for `m` members among `n` leaves, fewer when they are close together.
pub fn subset_proof(leaves: &[Hash], members: &[usize]) -> Vec<Hash> {
    fn walk(d: &[Hash], lo: usize, members: &[usize], out: &mut Vec<Hash>) {
        if members.is_empty() {
            out.push(root(d));
            return;
        }
        if d.len() <= 1 {
            return;
        }
        let k = split(d.len());
        let cut = members.partition_point(|&m| m < lo + k);
        walk(&d[..k], lo, &members[..cut], out);
        walk(&d[k..], lo + k, &members[cut..], out);
    }
    let mut out = Vec::new();
    walk(leaves, 0, members, &mut out);
    out
}

/// The root of a run of consecutive leaves given one at a time, in order, with memory for
/// O(log n) hashes: perfect subtrees merge as they complete, then the rest folds from the right,
/// which is the tree of RFC 6962 (its left part is always the largest power of two). Lets a
/// root be computed over millions of leaves streamed from the database.
#[derive(Default)]
pub struct StreamingRoot {
    /// Perfect subtrees not yet merged, with their sizes, largest first.
    stack: Vec<(u64, Hash)>,
}

impl StreamingRoot {
    pub fn push(&mut self, leaf: Hash) {
        let mut node = (1u64, leaf);
        while let Some(&(size, left)) = self.stack.last() {
            if size != node.0 {
                break;
            }
            self.stack.pop();
            node = (size * 2, node_hash(&left, &node.1));
        }
        self.stack.push(node);
    }

    /// The root of the leaves pushed (the hash of the empty string for none).
    pub fn root(&self) -> Hash {
        let mut nodes = self.stack.iter().rev();
        match nodes.next() {
            None => Sha256::digest([]).into(),
            Some(&(_, last)) => nodes.fold(last, |right, (_, left)| node_hash(left, &right)),
        }
    }
}

/// The leaf ranges `[from, to)` whose roots make the [`subset_proof`] of `members` (increasing
/// leaf indexes) in a tree of `size` leaves, left to right: computed from the indexes alone, so
/// that the roots can be computed by streaming the leaves in order ([`StreamingRoot`]).
pub fn subset_gaps(size: usize, members: &[usize]) -> Vec<(usize, usize)> {
    fn walk(lo: usize, n: usize, members: &[usize], out: &mut Vec<(usize, usize)>) {
        if members.is_empty() {
            out.push((lo, lo + n));
            return;
        }
        if n <= 1 {
            return;
        }
        let k = split(n);
        let cut = members.partition_point(|&m| m < lo + k);
        walk(lo, k, &members[..cut], out);
        walk(lo + k, n - k, &members[cut..], out);
    }
    let mut out = Vec::new();
    walk(0, size, members, &mut out);
    out
}

/// The root of the tree of `size` leaves whose leaves at the given indexes (increasing, each
/// below `size`) have these hashes, the rest being summed up by `proof` ([`subset_proof`]);
/// `None` if the indexes or the proof do not fit the tree.
pub fn root_from_subset(size: usize, members: &[(usize, Hash)], proof: &[Hash]) -> Option<Hash> {
    fn build(
        lo: usize,
        n: usize,
        members: &[(usize, Hash)],
        proof: &mut std::slice::Iter<'_, Hash>,
    ) -> Option<Hash> {
        if members.is_empty() {
            return proof.next().copied();
        }
        if n == 1 {
            return match members {
                [(i, h)] if *i == lo => Some(*h),
                _ => None,
            };
        }
        let k = split(n);
        let cut = members.partition_point(|(m, _)| *m < lo + k);
        let left = build(lo, k, &members[..cut], proof)?;
        let right = build(lo + k, n - k, &members[cut..], proof)?;
        Some(node_hash(&left, &right))
    }
    if members.windows(2).any(|w| w[0].0 >= w[1].0) || members.iter().any(|(i, _)| *i >= size) {
        return None;
    }
    let mut rest = proof.iter();
    let root = if size == 0 {
        rest.next().copied()
    } else {
        build(0, size, members, &mut rest)
    }?;
    rest.next().is_none().then_some(root)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(h: &Hash) -> String {
        h.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// The leaves of the reference tests of RFC 6962's implementation (certificate-transparency).
    fn reference_leaves() -> Vec<Hash> {
        [
            "",
            "00",
            "10",
            "2021",
            "3031",
            "40414243",
            "5051525354555657",
            "606162636465666768696a6b6c6d6e6f",
        ]
        .iter()
        .map(|h| {
            let bytes: Vec<u8> = (0..h.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(&h[i..i + 2], 16).unwrap_or_default())
                .collect();
            leaf_hash(&bytes)
        })
        .collect()
    }

    #[test]
    fn roots_and_paths_are_the_reference_ones() {
        let leaves = reference_leaves();
        assert_eq!(
            hex(&root(&[])),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        let roots = [
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
        ];
        for (n, expected) in roots.iter().enumerate() {
            assert_eq!(
                hex(&root(&leaves[..=n])),
                *expected,
                "root of {} leaves",
                n + 1
            );
        }
        let path: Vec<String> = inclusion_proof(&leaves, 0)
            .unwrap_or_default()
            .iter()
            .map(hex)
            .collect();
        assert_eq!(
            path,
            [
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
            ]
        );
        let consistency: Vec<String> = consistency_proof(&leaves[..7], 3)
            .unwrap_or_default()
            .iter()
            .map(hex)
            .collect();
        assert_eq!(
            consistency,
            [
                "0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7",
                "07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7",
                "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
                "837dbb152e9b079010717e84e865da4ebc0fa198a806d59d31bf15accef22d0e",
            ]
        );
    }

    /// A copy of `proof` with one bit of hash `i` flipped.
    fn flipped(proof: &[Hash], i: usize) -> Vec<Hash> {
        let mut bad = proof.to_vec();
        bad[i][0] ^= 1;
        bad
    }

    #[test]
    fn every_inclusion_proof_verifies_and_no_altered_one_does() {
        let leaves: Vec<Hash> = (0u32..40).map(|i| leaf_hash(&i.to_be_bytes())).collect();
        for n in 1..=leaves.len() {
            let tree = &leaves[..n];
            let r = root(tree);
            for m in 0..n {
                let proof = inclusion_proof(tree, m).unwrap_or_default();
                let (i, size) = (m as u64, n as u64);
                assert!(
                    verify_inclusion(i, size, &tree[m], &proof, &r),
                    "{m} in {n}"
                );
                // Another leaf, a place past the end, another root, or a changed hash of the path:
                // refused.
                let other = leaf_hash(b"not in the log");
                assert!(!verify_inclusion(i, size, &other, &proof, &r));
                assert!(!verify_inclusion(size, size, &tree[m], &proof, &r));
                assert!(!verify_inclusion(
                    i,
                    size,
                    &tree[m],
                    &proof,
                    &leaf_hash(b"root")
                ));
                for k in 0..proof.len() {
                    assert!(!verify_inclusion(
                        i,
                        size,
                        &tree[m],
                        &flipped(&proof, k),
                        &r
                    ));
                }
                if n > 1 {
                    let neighbour = if m == 0 { 1 } else { m - 1 };
                    assert!(!verify_inclusion(
                        neighbour as u64,
                        size,
                        &tree[m],
                        &proof,
                        &r
                    ));
                }
            }
        }
        assert_eq!(inclusion_proof(&leaves[..3], 3), None);
    }

    #[test]
    fn every_consistency_proof_verifies_and_a_rewritten_log_does_not() {
        let leaves: Vec<Hash> = (0u32..40).map(|i| leaf_hash(&i.to_be_bytes())).collect();
        for n in 1..=leaves.len() {
            let new_root = root(&leaves[..n]);
            for m in 0..=n {
                let old_root = root(&leaves[..m]);
                let proof = consistency_proof(&leaves[..n], m).unwrap_or_default();
                let (old, new) = (m as u64, n as u64);
                assert!(
                    verify_consistency(old, new, &old_root, &new_root, &proof),
                    "{m} → {n}"
                );
                if m == 0 || m == n {
                    continue;
                }
                for k in 0..proof.len() {
                    assert!(!verify_consistency(
                        old,
                        new,
                        &old_root,
                        &new_root,
                        &flipped(&proof, k)
                    ));
                }
                // The earlier tree with one entry changed: the new root does not follow from it.
                let mut rewritten = leaves[..n].to_vec();
                rewritten[m - 1] = leaf_hash(b"changed afterwards");
                let forged = root(&rewritten);
                assert!(!verify_consistency(old, new, &old_root, &forged, &proof));
                let forged_proof = consistency_proof(&rewritten, m).unwrap_or_default();
                assert!(!verify_consistency(
                    old,
                    new,
                    &old_root,
                    &forged,
                    &forged_proof
                ));
                assert!(!verify_consistency(new, old, &new_root, &old_root, &proof));
            }
        }
        assert_eq!(consistency_proof(&leaves[..3], 4), None);
    }

    #[test]
    fn a_subset_of_entries_gives_the_root_with_its_proof_and_no_other() {
        for n in 0..34usize {
            let leaves: Vec<Hash> = (0..n).map(|i| leaf_hash(&[i as u8, 7])).collect();
            let expected = root(&leaves);
            // Every subset for small trees, a sample of patterns for the larger ones.
            let patterns: Vec<u64> = if n <= 10 {
                (0..(1u64 << n)).collect()
            } else {
                vec![
                    0,
                    1,
                    0b1_0100_1101,
                    (1 << n) - 1,
                    0x5555_5555 & ((1 << n) - 1),
                    1 << (n - 1),
                ]
            };
            for bits in patterns {
                let members: Vec<usize> = (0..n).filter(|i| bits >> i & 1 == 1).collect();
                let proof = subset_proof(&leaves, &members);
                let with: Vec<(usize, Hash)> = members.iter().map(|&i| (i, leaves[i])).collect();
                assert_eq!(
                    root_from_subset(n, &with, &proof),
                    Some(expected),
                    "n={n} bits={bits:b}"
                );
                if let Some(&(i, _)) = with.first() {
                    // A changed entry, a moved one, a proof one hash short: not the root.
                    let mut changed = with.clone();
                    changed[0].1 = leaf_hash(b"changed");
                    assert_ne!(root_from_subset(n, &changed, &proof), Some(expected));
                    if i + 1 < n && !members.contains(&(i + 1)) {
                        let mut moved = with.clone();
                        moved[0].0 = i + 1;
                        assert_ne!(root_from_subset(n, &moved, &proof), Some(expected));
                    }
                }
                if !proof.is_empty() {
                    assert_eq!(root_from_subset(n, &with, &proof[1..]), None);
                }
            }
        }
    }

    #[test]
    fn streamed_roots_and_gaps_are_those_of_the_whole_tree() {
        for n in 0..70usize {
            let leaves: Vec<Hash> = (0..n).map(|i| leaf_hash(&[i as u8, 3])).collect();
            let mut streamed = StreamingRoot::default();
            for l in &leaves {
                streamed.push(*l);
            }
            assert_eq!(streamed.root(), root(&leaves), "n={n}");
            for members in [
                vec![],
                vec![0],
                (0..n).step_by(5).collect(),
                (n / 2..n).collect(),
            ] {
                let members: Vec<usize> = members.into_iter().filter(|&m| m < n).collect();
                let from_gaps: Vec<Hash> = subset_gaps(n, &members)
                    .into_iter()
                    .map(|(a, b)| {
                        let mut r = StreamingRoot::default();
                        leaves[a..b].iter().for_each(|l| r.push(*l));
                        r.root()
                    })
                    .collect();
                assert_eq!(
                    from_gaps,
                    subset_proof(&leaves, &members),
                    "n={n} {members:?}"
                );
            }
        }
    }
}
