"""Link: what spans documents — one person across mentions, each trip report to its trip, the passport
register to trips, and the read-only views of the result."""
