package org.whosaid.service;

/** Where long work reports how far it got, and learns whether the user cancelled it. Free of any UI toolkit. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void update(long done, long total, String message);

    boolean isCancelled();
}
