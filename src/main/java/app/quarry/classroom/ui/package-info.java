/**
 * The classroom's pages: teachers' classes, assignments, results and question review;
 * students' join page, assignment list and quiz page. Views call the classroom services
 * only, and those services check who is asking.
 */
@NullMarked
package app.quarry.classroom.ui;

import org.jspecify.annotations.NullMarked;
