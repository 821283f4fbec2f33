/**
 * The classroom's pages: teachers' classes, assignments (settings, questions, edit,
 * delete), results, students' answers with mark changes and question review; students'
 * join page, assignment list, quiz page and attempt review. Views call the classroom
 * services only, and those services check who is asking.
 */
@NullMarked
package app.quarry.classroom.ui;

import org.jspecify.annotations.NullMarked;
