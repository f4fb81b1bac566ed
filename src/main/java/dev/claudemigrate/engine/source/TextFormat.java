package dev.claudemigrate.engine.source;

import java.nio.charset.Charset;

/**
 * How a file's bytes became text, so that a rewrite can be written back byte-for-byte the same
 * outside the edited characters.
 *
 * @param charset the decoding charset (UTF-8, UTF-16LE/BE, or ISO-8859-1 as detected)
 * @param bom whether the file starts with a byte-order mark (not part of the decoded text)
 * @param lineSeparator the dominant line separator, {@code "\n"} or {@code "\r\n"} (or {@code
 *     "\r"})
 * @param finalNewline whether the text ends with a line separator
 */
public record TextFormat(
    Charset charset, boolean bom, String lineSeparator, boolean finalNewline) {}
