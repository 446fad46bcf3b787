// Verbs write progress to the process-wide Console and the demo verb builds an EF model: run the tests one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
