package io.tork.archfixture.domain;

import javax.swing.JButton;

/** Breaks "domain depends only on the JDK's java.. packages". */
public final class Widget {
    public JButton button() {
        return null;
    }
}
