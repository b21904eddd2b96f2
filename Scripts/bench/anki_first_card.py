"""A fresh process that opens an Anki collection and fetches its first queued card: what a user
of Anki's library waits for before the first question. Prints the card id as its first line."""
import sys

from anki.collection import Collection

col = Collection(sys.argv[1])
queued = col.sched.get_queued_cards(fetch_limit=1)
print(queued.cards[0].card.id if queued.cards else "none", flush=True)
col.close()
