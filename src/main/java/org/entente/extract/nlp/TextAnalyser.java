package org.entente.extract.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Splits English text into sentences and tokens and tags each token with its
 * part of speech, using Apache OpenNLP and the UD English models shipped in the
 * {@code opennlp-models-*-en} jars (no downloads at run time).
 *
 * <p>Each line of the text is its own block: headlines and section titles never
 * run into the sentence that follows. Typographic apostrophes and quotes are
 * read as plain ones, which the models were trained on; offsets are unchanged.
 *
 * <p>The models are loaded once and only read afterwards; every call makes its
 * own (cheap) tagger objects, so one instance may be shared between threads.
 */
public final class TextAnalyser {
    private static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final int TAGGING_STRETCH = 200;

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenModel;
    private final POSModel posModel;

    private TextAnalyser(SentenceModel sentenceModel, TokenizerModel tokenModel, POSModel posModel) {
        this.sentenceModel = sentenceModel;
        this.tokenModel = tokenModel;
        this.posModel = posModel;
    }

    /** Loads the English models from the classpath. */
    public static TextAnalyser english() {
        try {
            return new TextAnalyser(new SentenceModel(open(SENTENCE_MODEL)), new TokenizerModel(open(TOKEN_MODEL)),
                    new POSModel(open(POS_MODEL)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an OpenNLP model", e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = TextAnalyser.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + name + " is not on the classpath; "
                    + "the opennlp-models-*-en 1.3.0 jars are needed");
        }
        return in;
    }

    /**
     * OpenNLP alone: sentences, tokens and part-of-speech tags of the text with
     * nothing else done, returning the number of tokens. The floor that the
     * extractor's speed is measured against.
     */
    public int baselineTokens(String text) {
        SentenceDetectorME detector = new SentenceDetectorME(sentenceModel);
        TokenizerME tokenizer = new TokenizerME(tokenModel);
        POSTaggerME tagger = new POSTaggerME(posModel);
        int tokens = 0;
        for (String sentence : detector.sentDetect(text)) {
            String[] words = tokenizer.tokenize(sentence);
            tagger.tag(words);
            tokens += words.length;
        }
        return tokens;
    }

    /** The sentences of {@code text}, in order. */
    public List<Sentence> analyse(String text) {
        String plain = plain(text);
        SentenceDetectorME detector = new SentenceDetectorME(sentenceModel);
        TokenizerME tokenizer = new TokenizerME(tokenModel);
        POSTaggerME tagger = new POSTaggerME(posModel);
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart <= plain.length()) {
            int lineEnd = plain.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = plain.length();
            }
            String line = plain.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                for (Span s : detector.sentPosDetect(line)) {
                    int start = lineStart + s.getStart();
                    int end = lineStart + s.getEnd();
                    while (start < end && Character.isWhitespace(plain.charAt(start))) {
                        start++;
                    }
                    while (end > start && Character.isWhitespace(plain.charAt(end - 1))) {
                        end--;
                    }
                    if (end > start) {
                        List<Token> tokens = tokens(text, plain, start, end, tokenizer, tagger);
                        if (!tokens.isEmpty()) {
                            sentences.add(new Sentence(sentences.size(), paragraph, start, end,
                                    text.substring(start, end), tokens));
                        }
                    }
                }
                paragraph++;
            }
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private static List<Token> tokens(String text, String plain, int start, int end, TokenizerME tokenizer,
                                      POSTaggerME tagger) {
        String sentence = plain.substring(start, end);
        List<int[]> spans = new ArrayList<>();
        for (Span t : tokenizer.tokenizePos(sentence)) {
            splitPossessive(sentence, t.getStart(), t.getEnd(), spans);
        }
        splitFinalStop(sentence, spans);
        String[] words = new String[spans.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = sentence.substring(spans.get(i)[0], spans.get(i)[1]);
        }
        String[] tags = tag(tagger, words);
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            int from = start + spans.get(i)[0];
            int to = start + spans.get(i)[1];
            tokens.add(new Token(text.substring(from, to), words[i], from, to, tags[i]));
        }
        return tokens;
    }

    /**
     * Tags in stretches of at most {@value #TAGGING_STRETCH} tokens: the tagger's beam search
     * copies its sequence at every step, so one run-on line of thousands of tokens
     * would take minutes; a news sentence is far shorter than a stretch.
     */
    private static String[] tag(POSTaggerME tagger, String[] words) {
        if (words.length <= TAGGING_STRETCH) {
            return tagger.tag(words);
        }
        String[] tags = new String[words.length];
        for (int from = 0; from < words.length; from += TAGGING_STRETCH) {
            int to = Math.min(words.length, from + TAGGING_STRETCH);
            String[] part = tagger.tag(java.util.Arrays.copyOfRange(words, from, to));
            System.arraycopy(part, 0, tags, from, part.length);
        }
        return tags;
    }

    /**
     * "met in Kyiv." ends in the token "Kyiv." when the model leaves the full stop on the last word;
     * it becomes "Kyiv" and ".". An abbreviation keeps its stops: "U.S.", a lone initial "J.".
     */
    private static void splitFinalStop(String s, List<int[]> spans) {
        int last = spans.size() - 1;
        while (last > 0 && isClosing(s, spans.get(last))) {
            last--;
        }
        if (last < 0) {
            return;
        }
        int from = spans.get(last)[0];
        int to = spans.get(last)[1];
        String word = s.substring(from, to);
        if (word.length() > 2 && word.endsWith(".") && word.indexOf('.') == word.length() - 1
                && Character.isLetterOrDigit(word.charAt(word.length() - 2))) {
            spans.set(last, new int[] {from, to - 1});
            spans.add(last + 1, new int[] {to - 1, to});
        }
    }

    private static boolean isClosing(String s, int[] span) {
        String t = s.substring(span[0], span[1]);
        return t.equals("\"") || t.equals("'") || t.equals(")") || t.equals("]");
    }

    /** "Russia's" becomes "Russia" and "'s", as the tagger expects; the models leave it whole. */
    private static void splitPossessive(String s, int from, int to, List<int[]> out) {
        int length = to - from;
        if (length > 2 && s.regionMatches(true, to - 2, "'s", 0, 2) && Character.isLetterOrDigit(s.charAt(to - 3))) {
            out.add(new int[] {from, to - 2});
            out.add(new int[] {to - 2, to});
        } else if (length > 1 && s.charAt(to - 1) == '\'' && s.charAt(to - 2) == 's') {
            out.add(new int[] {from, to - 1});
            out.add(new int[] {to - 1, to});
        } else {
            out.add(new int[] {from, to});
        }
    }

    /**
     * {@link #plain} in lower case, character for character: {@code String.toLowerCase} turns
     * "İ" into two characters and would shift every offset after it.
     */
    public static String plainLower(String text) {
        char[] chars = plain(text).toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    /** The text with typographic quotes replaced one for one by plain ones, so offsets do not move. */
    public static String plain(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            b.append(switch (c) {
                case '\u2019', '\u2018', '\u02BC', '\u2032' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> '"';
                case '\u2013', '\u2014' -> '-';
                case '\u00A0' -> ' ';
                default -> c;
            });
        }
        return b.toString();
    }
}
