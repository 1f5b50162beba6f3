package org.entente.input;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a text file as strict UTF-8: a missing, empty or blank file, or a byte
 * sequence that is not UTF-8, is an {@link InputException} that names the file,
 * what kind of file it should have been, and the byte offset of the bad sequence.
 * A leading byte-order mark is dropped, so offsets count from the first character.
 */
public final class TextFile {
    private TextFile() {
    }

    /**
     * @param file the file
     * @param what what the file is, for messages: "article", "query"
     */
    public static String read(Path file, String what) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw InputException.of(file.toString(), "no such " + what + " file");
        } catch (IOException e) {
            throw InputException.of(file.toString(), "cannot read: " + e.getMessage());
        }
        if (bytes.length == 0) {
            throw InputException.of(file.toString(), "empty " + what + " file");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        String text;
        try {
            text = decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            throw InputException.of(file.toString(), "not valid UTF-8 at byte offset " + in.position()
                    + "; save the " + what + " as UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw InputException.of(file.toString(), what + " file holds only white space");
        }
        return text;
    }
}
