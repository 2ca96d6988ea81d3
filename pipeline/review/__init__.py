"""The review queue (issue 14), its top part: what no machine reads for sure goes to a person, and every
answer is kept.

The queue's data — the items the loader, linker and checks raise, the answers written over extraction in the
load transaction, the open queue — is in `pipeline.store.queue`, below every stage that raises items. Here:
`corrections` records answers and re-runs what they affect (linking, checks); `crops` renders the region of
the page a value comes from; `labels` turns answers into evaluation labels; `web` is the local page a person
works through the queue on.
"""
