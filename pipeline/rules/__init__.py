"""Rules: the reviewed rule base — rules proposed from dispatches, the shipped central defaults, and every
review action (approve, reject, edit, retire)."""
