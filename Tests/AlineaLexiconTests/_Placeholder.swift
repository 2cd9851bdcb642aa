// Placeholder until the first test lands; delete when adding real tests.
