package io.tork.archfixture.adapters.in.web.json;

import io.tork.archfixture.adapters.in.web.WebThing;

/** A sub-package of one adapter using that adapter: allowed. */
public final class JsonThing {
    public WebThing owner() {
        return null;
    }
}
