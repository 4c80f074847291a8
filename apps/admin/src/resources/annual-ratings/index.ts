/**
 * The annual quality rating of branches and members (xếp loại chất lượng hằng năm): the page with the branches' and
 * members' tables, and their printed A4 sheet. Both are routes of their own (the ratings are not a list of records).
 */
export { AnnualRatingsPage } from './AnnualRatingsPage';
export { RatingPrint } from './RatingPrint';
export { RATINGS_PATH } from './scope';
