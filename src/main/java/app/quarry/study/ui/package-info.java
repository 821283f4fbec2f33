/**
 * The learner's pages: study (all five formats, driven by keyboard or pointer), dashboard
 * and study settings. Views call the study and srs services only.
 */
package app.quarry.study.ui;
