# transparency: the texts of app/src/transparency/ (the log of public acts) in this language.

transparency-title = Public log of acts
transparency-lead = Every support given or withdrawn, every published answer, every outcome, every change to a result and every moderation act is entered here, in the same operation as the act itself, in a Merkle tree like those of Certificate Transparency (RFC 6962). Each day the municipality signs the state of the log: nobody, not even the municipality, can then add, remove or change an act without it showing.
transparency-size = { $count ->
    [zero] The log holds no act yet.
    [one] The log holds { $count } act.
   *[other] The log holds { $count } acts.
}
transparency-checkpoints-title = Signed checkpoints
transparency-checkpoints-body = A signed checkpoint (C2SP format) gives the log's size and the hash of all it holds, signed with the municipality's key. Keep a copy: later, the consistency proof below shows that today's log extends the one you kept, with nothing erased or changed.
transparency-latest = Latest signed checkpoint: { $count ->
    [one] { $count } act
   *[other] { $count } acts
}, on { $date }.
transparency-checkpoint-count = { $count ->
    [one] { $count } signed checkpoint in all (the latest below)
   *[other] { $count } signed checkpoints in all (the latest below)
}
transparency-no-checkpoint = No signed checkpoint yet
transparency-no-checkpoint-body = The first is signed automatically within a minute of the server starting, then one a day while the log grows.
transparency-col-size = Acts
transparency-col-root = Root hash
transparency-col-published = Signed on
transparency-col-note = Signed text
transparency-note-link = Download
transparency-key-title = The municipality's public key
transparency-key-body = Checkpoints are signed with Ed25519 in C2SP's signed-note format, which transparency-log tools read. Check a signature with this key:
transparency-key-link = The key as plain text
transparency-check-title = Check the log
transparency-check-body = Give the size of a checkpoint you kept and of a later one: the server answers with the consistency proof (RFC 9162) between them, which any verification tool can check. The “server verify” command does it for you from the open data.
transparency-proof-old = Size of the kept checkpoint
transparency-proof-new = Size of the later checkpoint
transparency-proof-submit = Get the proof
transparency-inclusion-body = Each act's number below leads to its inclusion proof in the current log.
transparency-inclusion-link = Inclusion proof of this act
transparency-entries-title = Acts entered
transparency-empty = No act entered yet
transparency-empty-body = The first support, answer or moderation act will appear here.
transparency-col-seq = No.
transparency-col-date = Date
transparency-col-act = Act
transparency-col-object = On
transparency-col-pseudonym = Pseudonym
transparency-col-detail = Detail
transparency-object-proposal = Proposal
transparency-object-consultation = Consultation
transparency-object-result = Result
transparency-object-comment = Comment
transparency-object-debate = Debate
transparency-object-user = Account
footer-transparency = Public log of acts
act-support-given = Support given
act-support-withdrawn = Support withdrawn
act-proposal-answered = Answer published
act-outcome-published = Outcome published
act-outcome-changed = Outcome changed
act-consultation-concluded = Consultation concluded
act-consultation-archived = Consultation archived
act-result-created = Result created
act-result-status = Result status changed
act-result-progress = Result progress changed
act-result-edited = Result edited
act-result-milestone = Result milestone added
act-moderation-auto-hidden = Hidden after reports
act-moderation-hidden = Hidden by moderation
act-moderation-restored = Restored by moderation
act-moderation-dismissed = Reports dismissed
act-moderation-locked = Debate locked
act-moderation-unlocked = Debate unlocked
act-moderation-blocked = Account blocked
act-moderation-unblocked = Account unblocked
act-moderation-appeal-upheld = Appeal rejected
act-moderation-appeal-reversed = Appeal accepted
act-moderation-debate-closed = Debate closed by moderation
transparency-proof-title = The proof you asked for
transparency-proof-consistency = Proof that the log of { $new } entries extends the log of { $old } entries with nothing removed or changed (RFC 9162, § 2.1.4): { $count ->
    [0] no hash is needed, both states have the same root.
    [one] { $count } hash, to check against the roots of the two signed states.
   *[other] { $count } hashes, to check against the roots of the two signed states.
}
transparency-proof-inclusion = Proof that entry no. { $index } is part of the log of { $size } entries (RFC 9162, § 2.1.3): { $count ->
    [0] no hash is needed, it is the log's only entry.
    [one] { $count } hash, to check against the root of the signed state of that size.
   *[other] { $count } hashes, to check against the root of the signed state of that size.
}
transparency-proof-leaf = The entry's hash:
transparency-proof-json = The same proof as JSON, for verification tools
transparency-proof-not-number = Sizes and entry numbers are whole numbers (0, 1, 2…). Correct them and ask for the proof again.
transparency-proof-out-of-range = These numbers do not name states of this log: the kept size cannot be larger than the newer one, nor the newer one larger than the number of entries today; an entry's number is smaller than the size.
transparency-proof-limited = You have asked for many proofs in a short time. Wait a minute before asking for another.
