package org.saidgraph.api;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import java.beans.PropertyEditorSupport;

/**
 * Boolean parameters take {@code true} and {@code false} only (in any case). Spring alone would also take yes, no,
 * on, off, 1 and 0, so that {@code verbatim=yes} meant something nobody wrote down; anything else now answers 400
 * naming the parameter ({@link ProblemAdvice}). A property editor, because Spring falls back to its lenient editor
 * when a converter refuses a value.
 */
@ControllerAdvice
class StrictBooleans {

    @InitBinder
    void strictBooleans(WebDataBinder binder) {
        binder.registerCustomEditor(Boolean.class, new Editor());
        binder.registerCustomEditor(boolean.class, new Editor());
    }

    static Boolean parse(String text) {
        String v = text == null ? "" : text.strip();
        if (v.isEmpty()) {
            return null;
        }
        if (v.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (v.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException("must be true or false");
    }

    private static final class Editor extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            setValue(parse(text));
        }
    }
}
