package org.rfcc.compressor;

/** Input that RFCC cannot work on, with a message a user can act on (unknown model, empty text, …). */
public class InvalidInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception; {@code message} says what was wrong and what to do. */
    public InvalidInputException(String message) {
        super(message);
    }
}
