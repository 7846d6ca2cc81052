package io.tork.app.wiring;

import io.tork.application.port.out.IdGenerator;
import java.util.UUID;

/** Random UUIDs rendered as 32 lower-case hex characters, as Tork does. */
final class RandomIds implements IdGenerator {
    @Override
    public String newId() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
