package org.xieshang.shared;

import java.util.Arrays;

/**
 * A failure the user should read about: it carries a stable code (resolved through the message bundles as
 * {@code error.<code>}) and the arguments of that message, never a technical text. Subclasses are named for the
 * business fact ({@code ProposalAlreadyFiled}).
 */
public class XieshangException extends RuntimeException {

    /** How the failure maps onto HTTP. */
    public enum Kind {
        INVALID(400),
        FORBIDDEN(403),
        NOT_FOUND(404),
        CONFLICT(409);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final String code;
    private final transient Object[] args;

    public XieshangException(Kind kind, String code, Object... args) {
        super(code + Arrays.toString(args));
        this.kind = kind;
        this.code = code;
        this.args = args.clone();
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }

    public String messageKey() {
        return "error." + code;
    }
}
