package io.tork.adapters.out.runtime.docker;

/**
 * An image reference split the way the pull endpoint wants it: {@code repository} and a tag or digest
 * ({@code latest} when neither is given). {@code localhost:5000/app:1} → {@code localhost:5000/app} + {@code 1}.
 */
record ImageReference(String repository, String tagOrDigest) {

    static ImageReference parse(String image) {
        String ref = image.trim();
        int at = ref.indexOf('@');
        if (at >= 0) {
            return new ImageReference(stripTag(ref.substring(0, at)), ref.substring(at + 1));
        }
        int colon = ref.lastIndexOf(':');
        // A colon before the last slash belongs to a registry port, not to a tag.
        if (colon > ref.lastIndexOf('/')) {
            return new ImageReference(ref.substring(0, colon), ref.substring(colon + 1));
        }
        return new ImageReference(ref, "latest");
    }

    private static String stripTag(String nameAndMaybeTag) {
        int colon = nameAndMaybeTag.lastIndexOf(':');
        return colon > nameAndMaybeTag.lastIndexOf('/') ? nameAndMaybeTag.substring(0, colon) : nameAndMaybeTag;
    }

    /**
     * The registry host, when the first path component looks like one (has a dot or a port, or is
     * {@code localhost}), as Docker decides it; {@code null} for Docker Hub images.
     */
    String registryHost() {
        int slash = repository.indexOf('/');
        if (slash < 0) {
            return null;
        }
        String first = repository.substring(0, slash);
        return first.contains(".") || first.contains(":") || first.equals("localhost") ? first : null;
    }
}
