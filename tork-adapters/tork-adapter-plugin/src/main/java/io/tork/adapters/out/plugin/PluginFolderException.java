package io.tork.adapters.out.plugin;

/** The plugins folder exists but cannot be read; the process cannot know which plugins it should have. */
public final class PluginFolderException extends RuntimeException {
    public PluginFolderException(String message, Throwable cause) {
        super(message, cause);
    }
}
