"""The review queue's data, inside the store stage: what the loader, the linker and the checks raise for a
person (`items`, `raised`), the answers written over extraction in the load transaction (`apply`), the fields
a person can answer (`fields`) and the open queue (`queue`). They depend on the store only, so every stage
above may raise items; `pipeline.review` (recording answers and re-running what they affect, crops, labels,
the page) sits on top of all stages.
"""
