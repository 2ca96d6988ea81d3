"""The review queue (issue 14): what no machine reads for sure goes to a person, and every answer is kept.

`items` finds the questions a document raises; `apply` writes answers over extraction inside the loader's
transaction; `corrections` records answers and re-runs what they affect; `queue` reads the open items;
`crops` renders the region of the page a value comes from; `labels` turns answers into evaluation labels;
`web` is the local page a person works through the queue on.
"""
