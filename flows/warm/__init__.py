"""The warm ingest service: `congvan serve` keeps a process with Prefect, the pipeline and the extractors loaded,
and a thin `congvan ingest` hands its command to it over a private unix socket (docs/scaling.md, "The warm
service"). `protocol` and `client` import nothing heavy: the command line reaches them before anything else."""
