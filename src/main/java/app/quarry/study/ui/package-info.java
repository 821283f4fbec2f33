/**
 * The learner's pages: study (all five formats, driven by keyboard or pointer), dashboard
 * and study settings. Views call the study and srs services only.
 */
@NullMarked
package app.quarry.study.ui;

import org.jspecify.annotations.NullMarked;
