package nl.motiemonitor.generator;

/** How big a country to generate, and from which seed. */
record GeneratorOptions(int bodies, int motions, int commitments, int letters, long seed) {

    public static final GeneratorOptions NATIONAL = new GeneratorOptions(400, 300_000, 100_000, 400_000, 42);

    public GeneratorOptions {
        if (bodies < 1 || motions < 0 || commitments < 0 || letters < 0) {
            throw new IllegalArgumentException("Aantallen moeten positief zijn (en minstens één orgaan).");
        }
    }
}
