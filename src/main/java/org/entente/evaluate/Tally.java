package org.entente.evaluate;

/** How many of a number of judgements were right. An accuracy with nothing to judge is 0. */
public record Tally(int correct, int total) {
    public static final Tally NONE = new Tally(0, 0);

    public Tally plus(Tally o) {
        return new Tally(correct + o.correct, total + o.total);
    }

    public double accuracy() {
        return total == 0 ? 0 : (double) correct / total;
    }
}
