package io.tork.adapters.in.web.decode;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/** Field paths the way users write them: {@code tasks[0].retry.limit}. */
final class Paths {
    private Paths() {
    }

    static String field(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    static String of(List<JsonMappingException.Reference> references) {
        String path = "";
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                path = field(path, ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path = index(path, ref.getIndex());
            }
        }
        return path;
    }

    /** The path without its last step: the object that holds the field ({@code tasks[0]} for {@code tasks[0].x}). */
    static String parent(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }
}
