package io.tork.application.port.in;

/**
 * A new API user. Username and password are trimmed of surrounding blanks before use.
 *
 * @param admin whether the user may manage other users
 */
public record CreateUserCommand(String username, String password, String name, boolean admin) {
    /** Never prints the password. */
    @Override
    public String toString() {
        return "CreateUserCommand[" + username + (admin ? ", admin" : "") + "]";
    }
}
